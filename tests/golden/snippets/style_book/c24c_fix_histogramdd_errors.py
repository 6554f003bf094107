# Section 8.18 (proof for the engine fix): torch.histogramdd's checks, in PyTorch's order
import torch

pts = torch.tensor([[0.1, 0.1], [0.2, 0.8], [0.9, 0.9], [0.6, 0.4], [0.55, 0.45], [1.0, 0.0]])
nan_pts = torch.cat([pts, torch.tensor([[float("nan"), 0.5]])])
cases = [((pts, [3, 2]), {}), ((pts, 4), {"range": [0.2, 0.6, 0.0, 2.0], "density": True}),
         ((pts[:, :1], 3), {}), ((torch.zeros(0, 2), 2), {}), ((torch.ones(3, 2), 2), {}),
         ((pts.reshape(6, 1, 2), [1, 2]), {}), ((nan_pts, 2), {}), ((pts, 2), {"range": [0.0, 1.0]}),
         ((pts, [2, 2, 2]), {}), ((pts, 0), {}), ((pts, [2, -1]), {}), ((pts.int(), 2), {}),
         ((pts.half(), 2), {}), ((torch.tensor([1.0, 2.0]), 2), {}), ((pts, [torch.tensor([0.0, 1.0])]), {}),
         ((pts, [torch.tensor([0.0, 1.0]), torch.tensor([0, 1])]), {}),
         ((pts, [torch.tensor([0.0, 1.0]), torch.tensor([[0.0, 1.0]])]), {}),
         ((pts, [torch.tensor([0.0, 1.0]), torch.tensor([1.0])]), {}),
         ((pts, 2), {"range": [1.0, 0.0, 0.0, 1.0]}), ((pts, 2), {"range": [0.0, 1.0, 0.0, float("inf")]}),
         ((pts, 2), {"weight": torch.ones(3)}), ((pts, 2), {"weight": torch.ones(6, dtype=torch.float64)}),
         ((pts, 2, [0.0, 4.0, 0.0, 4.0]), {}), ((pts, 2.5), {}), ((pts,), {})]
for args, kw in cases:
    try:
        h = torch.histogramdd(*args, **kw)
        print(h.hist.tolist(), [e.tolist() for e in h.bin_edges])
    except Exception as e:
        print(type(e).__name__, e)
for dt in (torch.int64, torch.int32, torch.bool, torch.float16, torch.complex64, torch.uint8):
    try:
        torch.histogram(torch.tensor([1.0, 2.0]), torch.tensor([0, 1, 2]).to(dt))
    except RuntimeError as e:
        print(e)
