# A negative Python int written into uint8 by where/clamp wraps (c10 allows -255..-1), -256 overflows
import torch

u = torch.tensor([10, 20, 30], dtype=torch.uint8)
c = torch.tensor([True, False, True])
print(torch.where(c, u, -1), torch.where(c, -1, u), torch.where(c, u, -255))
print(u.clamp(-1, 20), u.clamp(min=-1), u.clamp(max=-1))
print(torch.where(c, u, -1.0))
for f in (lambda: torch.where(c, u, -256), lambda: u.pow(-1), lambda: torch.where(c, torch.tensor([1], dtype=torch.int8), -129)):
    try:
        print(f())
    except RuntimeError as e:
        print(e)
print(u.clone().clamp_(min=-2))
