# Section 8.17 (proof for the engine fix): torch.histogramdd values, edges, weights, density and nodes
import torch
x = torch.tensor([[0.1, 0.1], [0.5, 0.2]], requires_grad=True)
h = torch.histogramdd(x, 2)
print(h)
for t in (h.hist, h.bin_edges[0]):
    try:
        t.sum().backward()
    except Exception as e:
        print(type(e).__name__, e)
b = [torch.tensor([0., 1.]), torch.tensor([0., 1.])]
h = torch.histogramdd(x, b)
print(h.bin_edges[0] is b[0], h.bin_edges[0].requires_grad, h.hist.grad_fn.name())
try:
    h.hist.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
bb = [torch.tensor([0., 1.], requires_grad=True), torch.tensor([0., 1.])]
h = torch.histogramdd(torch.tensor([[0.1, 0.1]]), bb)
print(h.hist.requires_grad, h.bin_edges[0] is bb[0])
h = torch.histogramdd(x.detach(), 2)
print(h.hist.requires_grad, h.bin_edges[0].requires_grad)
with torch.no_grad():
    print(torch.histogramdd(x, 2).hist.requires_grad)
torch.manual_seed(0)
pts = torch.rand(500, 3)
h = torch.histogramdd(pts, [4, 3, 5], weight=torch.rand(500))
print(h.hist.sum(dim=(1, 2)), h.hist[1, 2])
h = torch.histogramdd(pts * 7 - 3, 6, density=True)
print(h.hist.sum(), h.hist[2, 3], h.bin_edges[1])
g = torch.randn(1000, 2, dtype=torch.float64)
h = torch.histogramdd(g, [7, 9], range=[-2.0, 2.0, -1.5, 3.0])
print(h.hist.sum(0), h.bin_edges[0])
print(torch.histogramdd(torch.tensor([[0.0, 1.0], [1.0, 0.0], [2.0, 0.0], [2.0, 2.0]]), bins=[3, 3], weight=torch.tensor([1.0, 2.0, 4.0, 8.0])))
print(type(h).__name__, h._fields if hasattr(h, "_fields") else None, len(h))
hist, edges = torch.histogramdd(torch.tensor([[0.3, 0.7]]), 1)
print(hist, edges)
print(torch.histogramdd(torch.tensor([[[0.1, 0.2], [0.3, 0.4]]]), 2).hist)
