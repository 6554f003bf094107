# Section 8.K (proof for the engine fix): histogram with out=(hist, bin_edges)
import torch
x = torch.tensor([0.1, 0.4, 0.45, 0.9])
hist, edges = torch.empty(0), torch.empty(0)
r = torch.histogram(x, 4, out=(hist, edges))
print(type(r).__name__, r.hist is hist, r.bin_edges is edges, hist, edges)
r = torch.histogram(x, torch.tensor([0.0, 0.5, 1.0]), out=(torch.empty(5), torch.empty(1)))
print(r)
for o in ((torch.empty(0, dtype=torch.float64), torch.empty(0)), (torch.empty(0), torch.empty(0, dtype=torch.float64)), (torch.empty(0),)):
    try:
        print(torch.histogram(x, 2, out=o))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
