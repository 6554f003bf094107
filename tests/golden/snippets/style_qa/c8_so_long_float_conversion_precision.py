# Q: large integer ids change when converted to float32; int64 vs float64 and round-trips.
import torch

ids = torch.tensor([16777217, 123456789, 2**40 + 1])
print(ids, ids.dtype)
f = ids.float()
print(f)
print(f.long(), f.long() == ids)
print(ids.double().long() == ids)
print(torch.tensor(0.1 + 0.2), torch.tensor(0.1 + 0.2, dtype=torch.float64))
print(torch.tensor([1.7, -1.7, 2.5]).long(), torch.tensor([1.7, -1.7, 2.5]).int())
print(torch.tensor([300.0, -1.0]).to(torch.uint8), torch.tensor([1.5]).bool())
print(torch.tensor([3.99]).to(torch.int64), torch.tensor([1e10]).int())
print(torch.tensor([2, 3]) * 0.5, torch.tensor([2, 3]) // 2.0, torch.tensor([2, 3]).to(torch.float16) / 3)
print(torch.iinfo(torch.int32).max, torch.iinfo(torch.int64).min, torch.finfo(torch.float16).max)
