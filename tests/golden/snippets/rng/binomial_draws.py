import torch

# torch.binomial: geometric waiting times below count * p = 10, BTRS rejection from there,
# failures counted instead above p = 1/2; float32 keeps count * p in float
for dtype in (torch.float64, torch.float32):
    torch.manual_seed(7)
    counts = torch.tensor([0, 1, 4, 9, 10, 25, 40, 100, 1000, 12, 7, 3], dtype=dtype)
    print(torch.binomial(counts, torch.full((12,), 0.5, dtype=dtype)))
    print(torch.binomial(counts, torch.full((12,), 0.93, dtype=dtype)))
    print(torch.binomial(torch.full((6,), 5000.0, dtype=dtype), torch.tensor([0.002, 0.01, 0.3, 0.5, 0.51, 0.999],
                                                                          dtype=dtype)))
    print(torch.binomial(torch.tensor([3.0, -2.0, 8.0], dtype=dtype), torch.tensor([0.0, 0.5, 1.5], dtype=dtype)))
g = torch.Generator().manual_seed(3)
print(torch.binomial(torch.full((2, 3), 20.0), torch.tensor([0.2, 0.5, 0.8]), generator=g))
print(torch.binomial(torch.full((3,), 20.0), torch.tensor(0.3)))
c = torch.tensor([10.0, 3.0], requires_grad=True)
s = torch.binomial(c, torch.tensor([0.5, 0.2]))
print(s, s.requires_grad)
try:
    s.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in ((torch.tensor([10]), torch.tensor([0.5])), (torch.tensor([10.0]), torch.tensor([1])),
             (torch.tensor([10.0], dtype=torch.float16), torch.tensor([0.5], dtype=torch.float16)),
             (torch.tensor([10.0, 1.0]), torch.tensor([0.5, 0.1, 0.2])),
             (torch.tensor([10.0]), torch.tensor([0.5], dtype=torch.float64)), (torch.tensor([2.0]), 0.5)):
    try:
        torch.binomial(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(torch.binomial(torch.ones(2, 1), torch.full((3,), 0.5)))
