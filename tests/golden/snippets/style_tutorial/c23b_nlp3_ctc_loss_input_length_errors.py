import torch
import torch.nn.functional as F

torch.manual_seed(82)
lp = torch.randn(5, 1, 4).log_softmax(2)
targets = torch.tensor([[1, 2, 3]])
try:
    F.ctc_loss(lp, targets, torch.tensor([6]), torch.tensor([3]))
except Exception as e:
    print(type(e).__name__, str(e)[:100])
print(F.ctc_loss(lp, targets, torch.tensor([2]), torch.tensor([3])))
print(F.ctc_loss(lp, targets, torch.tensor([2]), torch.tensor([3]), zero_infinity=True))
try:
    F.ctc_loss(lp, targets, torch.tensor([5]), torch.tensor([4]))
except Exception as e:
    print(type(e).__name__, str(e)[:100])
