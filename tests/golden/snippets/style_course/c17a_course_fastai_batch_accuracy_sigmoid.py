# fast.ai-style batch accuracy for a binary model: sigmoid, threshold 0.5, compare
import torch

def batch_accuracy(xb, yb):
    preds = xb.sigmoid()
    correct = (preds > 0.5) == yb
    return correct.float().mean()

torch.manual_seed(3)
logits = torch.randn(8, 1)
targets = torch.tensor([1, 0, 1, 1, 0, 0, 1, 0]).unsqueeze(1)
acc = batch_accuracy(logits, targets)
print(acc, round(acc.item(), 4))
print(((logits.sigmoid() > 0.5) == targets).squeeze())
accs = [batch_accuracy(logits[i:i + 4], targets[i:i + 4]) for i in (0, 4)]
print(round(torch.stack(accs).mean().item(), 4))
print(batch_accuracy(torch.tensor([[0.0]]), torch.tensor([[True]])))
