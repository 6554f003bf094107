# Occlusion: blank a window of features and see how the class score drops
import torch

weights = torch.tensor([0.1, 0.9, -0.4, 0.7, 0.2, -0.3])
def score(x):
    return (x * weights).sum(-1)

x = torch.tensor([1.0, 0.5, 2.0, 1.5, -1.0, 0.8])
base = score(x)
window = 2
drops = []
for start in range(0, len(x) - window + 1):
    occluded = x.clone()
    occluded[start:start + window] = 0
    drops.append(base - score(occluded))
drops = torch.stack(drops)
print(round(base.item(), 4))
print(drops)
print("most important window starts at", drops.argmax().item())
