#include "legislatures/congresssource.h"

#include "advocacy/legislatorfile.h"

namespace majlis {

namespace {

MemberSource sourceOf(const LegislatorFile::Contents &contents)
{
    MemberSource source;
    source.bodies.append({bodies::congress(), contents.legislators, contents.warnings});
    return source;
}

} // namespace

Result<MemberSource> CongressSource::parse(const QByteArray &data)
{
    auto contents = LegislatorFile::parse(data);
    if (!contents)
        return contents.error();
    return sourceOf(contents.value());
}

Result<MemberSource> CongressSource::read(const QString &path)
{
    auto contents = LegislatorFile::read(path);
    if (!contents)
        return contents.error();
    return sourceOf(contents.value());
}

} // namespace majlis
