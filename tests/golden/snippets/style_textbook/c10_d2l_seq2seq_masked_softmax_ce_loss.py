# Seq2seq training loss: sequence_mask and a masked softmax cross-entropy with reduction='none'.
import torch
from torch import nn

def sequence_mask(X, valid_len, value=0):
    maxlen = X.size(1)
    mask = torch.arange((maxlen), dtype=torch.float32)[None, :] < valid_len[:, None]
    X[~mask] = value
    return X

class MaskedSoftmaxCELoss(nn.CrossEntropyLoss):
    def forward(self, pred, label, valid_len):
        weights = torch.ones_like(label)
        weights = sequence_mask(weights, valid_len)
        self.reduction = "none"
        unweighted = super().forward(pred.permute(0, 2, 1), label)
        return (unweighted * weights).mean(dim=1)

X = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(sequence_mask(X, torch.tensor([1, 2])))
print(sequence_mask(torch.ones(2, 3, 4), torch.tensor([1, 2]), value=-1))
loss = MaskedSoftmaxCELoss()
print(loss(torch.ones(3, 4, 10), torch.ones((3, 4), dtype=torch.long), torch.tensor([4, 2, 0])))
torch.manual_seed(0)
pred = torch.randn(2, 5, 7, requires_grad=True)
label = torch.randint(0, 7, (2, 5))
l = loss(pred, label, torch.tensor([5, 3]))
print(l)
l.sum().backward()
print(pred.grad[1, 3:].abs().sum(), pred.grad[1, :3].abs().sum() > 0)
print(loss.reduction, loss.ignore_index)
