# Top-3 predicted class names with probabilities for each sample
import torch
import torch.nn.functional as F

classes = ["plane", "car", "bird", "cat", "deer"]
torch.manual_seed(17)
logits = torch.randn(2, 5) * 2
probs = F.softmax(logits, dim=1)
top_p, top_i = probs.topk(3, dim=1)
print(top_p, top_i)
for row_p, row_i in zip(top_p, top_i):
    print(", ".join(f"{classes[i]}: {p.item():.1%}" for p, i in zip(row_p, row_i)))
print(probs.argmax(dim=1), probs.max(dim=1))
