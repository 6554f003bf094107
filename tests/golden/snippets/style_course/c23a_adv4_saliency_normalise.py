# Normalising a saliency map to [0, 1] for display, and thresholding its top 20%
import torch

sal = torch.tensor([[0.02, 0.5, 0.1], [0.9, 0.0, 0.3], [0.05, 0.45, 0.7]])
norm = (sal - sal.min()) / (sal.max() - sal.min() + 1e-12)
print(norm)
thr = torch.quantile(norm.flatten(), 0.8)
print(thr, (norm >= thr).int())
print(norm.flatten().topk(2).indices, torch.unravel_index(norm.argmax(), norm.shape))
