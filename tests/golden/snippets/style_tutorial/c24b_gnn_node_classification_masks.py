# node classification: loss on the train mask only, accuracy on the test mask
import torch
import torch.nn.functional as F

torch.manual_seed(5)
n = 10
y = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1, 2, 0])
train_mask = torch.zeros(n, dtype=torch.bool)
train_mask[:6] = True
test_mask = ~train_mask
logits = torch.randn(n, 3, requires_grad=True)
loss = F.cross_entropy(logits[train_mask], y[train_mask])
loss.backward()
print(f"loss {loss.item():.4f}")
print(logits.grad[test_mask].abs().sum())
print(logits.grad[train_mask].sum(1))
pred = logits.argmax(dim=1)
acc = (pred[test_mask] == y[test_mask]).sum().item() / int(test_mask.sum())
print(pred, acc)
print(train_mask.sum(), test_mask.nonzero().flatten())
