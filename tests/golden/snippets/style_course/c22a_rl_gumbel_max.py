import torch

torch.manual_seed(0)
logits = torch.tensor([1.0, 0.0, -1.0, 2.0])
counts = torch.zeros(4)
for _ in range(2000):
    u = torch.rand(4)
    g = -torch.log(-torch.log(u))
    counts[torch.argmax(logits + g)] += 1
print(counts / 2000)
print(torch.softmax(logits, 0))
