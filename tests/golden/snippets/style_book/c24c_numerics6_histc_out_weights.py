# Exercise 8.I: histogram weights, density and out=
import torch

x = torch.tensor([0.1, 0.4, 0.45, 0.9])
w = torch.tensor([1.0, 2.0, 0.5, 4.0])
print(torch.histogram(x, bins=2, range=(0.0, 1.0), weight=w))
print(torch.histogram(x, bins=2, range=(0.0, 1.0), weight=w, density=True).hist)
hist, edges = torch.empty(0), torch.empty(0)
r = torch.histogram(x, 4, out=(hist, edges))
print(r.hist is hist, hist, edges)
out = torch.empty(3)
print(torch.histc(x, bins=3, min=0, max=1, out=out), out)
for bad in (lambda: torch.histogram(x, 2, weight=w.double()), lambda: torch.histogram(x, 2, weight=w[:2])):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
