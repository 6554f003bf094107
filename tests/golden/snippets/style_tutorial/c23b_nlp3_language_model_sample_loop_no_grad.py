import torch
from torch import nn

torch.manual_seed(85)
V = 8
model = nn.Sequential(nn.Embedding(V, 6), nn.Flatten(), nn.Linear(2 * 6, V))
context = [0, 0]
out = []
g = torch.Generator().manual_seed(4)
with torch.no_grad():
    for _ in range(6):
        logits = model(torch.tensor([context]))
        probs = torch.softmax(logits, dim=1)
        ix = torch.multinomial(probs, num_samples=1, generator=g).item()
        context = context[1:] + [ix]
        out.append(ix)
print(len(out), all(0 <= i < V for i in out), logits.requires_grad)
