# torch.histogram with explicit bin edges: closed last bin, values outside dropped, weights, errors.
import torch

x = torch.tensor([0.1, 0.5, 1.0, 2.0, -1.0, 0.5])
edges = torch.tensor([0.0, 0.5, 1.0])
print(torch.histogram(x, edges))
print(torch.histogram(x, bins=edges, weight=torch.arange(6.0), density=True))
print(torch.histogram(x.double(), torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64)).hist)
print(torch.histogram(x, torch.tensor([1.0, 0.0])).hist)
for bad in [edges.double(), edges.view(1, 3), torch.tensor([0.5])]:
    try:
        torch.histogram(x, bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
