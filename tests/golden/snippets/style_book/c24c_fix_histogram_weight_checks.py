# Section 8.L (proof for the engine fix): histogram's weight checks
import torch
x = torch.tensor([0.1, 0.4, 0.45, 0.9])
w = torch.tensor([1.0, 2.0, 0.5, 4.0])
for args, kw in [((x, 2), {"weight": w.double()}), ((x, 2), {"weight": w[:2]}), ((x.reshape(2, 2), 2), {"weight": w.reshape(2, 2)}),
                 ((x, 2), {"weight": w.reshape(2, 2)}), ((x, torch.tensor([0.0, 0.5, 1.0])), {"weight": w[:3]}),
                 ((x.double(), 2), {"weight": w})]:
    try:
        print(torch.histogram(*args, **kw))
    except RuntimeError as e:
        print("RuntimeError:", e)
print(x.histogram(2, weight=w).hist)
