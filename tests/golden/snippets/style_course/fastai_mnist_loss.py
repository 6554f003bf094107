# A loss with torch.where for a binary classifier, and batch accuracy.
import torch

def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1-predictions, predictions).mean()

trgts = torch.tensor([1, 0, 1])
prds = torch.tensor([0.9, 0.4, 0.2])
print(torch.where(trgts == 1, 1-prds, prds))
print(mnist_loss(prds, trgts))
print(mnist_loss(torch.tensor([0.9, 0.4, 0.8]), trgts))

def batch_accuracy(xb, yb):
    preds = xb.sigmoid()
    correct = (preds > 0.5) == yb
    return correct.float().mean()

print(batch_accuracy(torch.tensor([[0.9], [-0.4]]), torch.tensor([[1], [0]])))
