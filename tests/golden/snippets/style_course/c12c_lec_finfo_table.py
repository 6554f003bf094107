# Lecture: the numbers behind each floating dtype.
import torch

for dt in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    fi = torch.finfo(dt)
    print(dt, fi.bits, fi.eps, fi.max, fi.min, fi.tiny, fi.resolution)
print(torch.finfo(torch.float32))
for dt in (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64):
    ii = torch.iinfo(dt)
    print(dt, ii.bits, ii.min, ii.max)
print(torch.iinfo(torch.int32))
print(torch.finfo().dtype)
