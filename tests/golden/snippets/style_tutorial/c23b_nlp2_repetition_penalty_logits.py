import torch

logits = torch.tensor([2.0, -1.0, 0.5, 3.0, 0.0])
generated = torch.tensor([3, 1, 3])
penalty = 1.5
scores = logits.gather(0, generated)
scores = torch.where(scores < 0, scores * penalty, scores / penalty)
new = logits.scatter(0, generated, scores)
print(scores, new)
banned = torch.zeros_like(logits, dtype=torch.bool)
banned[generated] = True
print(logits.masked_fill(banned, float("-inf")).argmax())
print(torch.softmax(new, 0).round(decimals=4))
