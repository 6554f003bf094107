# Accuracy bug: predictions of shape (N, 1) compared with labels (N,) broadcast to (N, N)
import torch

torch.manual_seed(5)
logits = torch.randn(6, 3)
labels = torch.tensor([0, 2, 1, 1, 0, 2])
pred = logits.argmax(dim=1, keepdim=True)
wrong = (pred == labels).float().mean()
right = (pred.squeeze(1) == labels).float().mean()
print(pred.shape, (pred == labels).shape)
print(f"wrong {wrong.item():.4f} right {right.item():.4f}")
print(pred.view(-1).eq(labels).sum().item(), labels.numel())
print(torch.eq(pred.view_as(labels), labels))
