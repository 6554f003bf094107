# Confidence histogram with torch.histc for a reliability plot
import torch

conf = torch.tensor([0.05, 0.22, 0.31, 0.45, 0.5, 0.52, 0.77, 0.81, 0.93, 0.99, 1.0])
hist = torch.histc(conf, bins=5, min=0, max=1)
print(hist, hist.sum())
edges = torch.linspace(0, 1, 6)
print(edges)
idx = torch.clamp((conf * 5).long(), max=4)
print(idx, torch.bincount(idx, minlength=5))
