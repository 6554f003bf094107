# Turning logits into predictions: softmax probabilities, top-k labels with class names, confidence filter.
import torch
import torch.nn as nn

classes = ["cat", "dog", "bird", "fish", "frog"]
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, len(classes)))
model.eval()
batch = torch.randn(3, 6)
with torch.no_grad():
    logits = model(batch)
    probs = torch.softmax(logits, dim=1)
print(probs)
conf, pred = probs.max(dim=1)
for i, (c, p) in enumerate(zip(conf, pred)):
    print(f"sample {i}: {classes[p]} ({c.item():.2%})")
top = probs.topk(3, dim=1)
for row_p, row_i in zip(top.values, top.indices):
    print([(classes[j], round(v, 3)) for v, j in zip(row_p.tolist(), row_i.tolist())])
keep = conf > 0.3
print(keep, pred[keep])
print(torch.argmax(logits, 1).equal(pred), logits.log_softmax(1).exp().allclose(probs))
print(nn.functional.softmax(logits, dim=-1).sum(-1))
