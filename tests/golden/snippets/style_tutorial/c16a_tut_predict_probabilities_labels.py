# Prediction on new samples: softmax probabilities, the top class and its name
import torch
from torch import nn

classes = ["cat", "dog", "bird"]
torch.manual_seed(1631)
model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3))
model.eval()
samples = torch.randn(4, 5)
with torch.no_grad():
    logits = model(samples)
    probs = nn.Softmax(dim=1)(logits)
conf, idx = probs.max(dim=1)
for p, c, i in zip(probs, conf, idx):
    print(f"{classes[i]:5s} {c.item():.4f} {p.sum().item()}")
print(probs)
print(idx, logits.argmax(1))
