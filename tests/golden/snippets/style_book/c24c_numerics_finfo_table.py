# Section 5.4: machine epsilon and friends
import torch

for dt in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    fi = torch.finfo(dt)
    print(dt, fi.bits, fi.eps, fi.max, fi.tiny, fi.resolution)
print(torch.finfo().dtype)
one = torch.tensor(1.0)
print(one + torch.finfo(torch.float32).eps > one, one + torch.finfo(torch.float32).eps / 2 > one)
