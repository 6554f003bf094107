import torch

# Exam B2-19. Ties: which index does each call report, and where does topk's gradient go?
scores = torch.tensor([2.0, 7.0, 7.0, 1.0, 5.0], requires_grad=True)
best = torch.topk(scores, k=2, largest=True, sorted=True)
print(best.values.tolist(), best.indices.tolist())
low = torch.topk(scores, k=2, largest=False)
print(low.indices.tolist())
order = torch.argsort(scores, descending=True, stable=True)
print(order.tolist())
(best.values * torch.tensor([1.0, 10.0])).sum().backward()
print(scores.grad)
