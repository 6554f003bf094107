# cross_entropy / nll_loss target checks in PyTorch order: batch size, then rank, then dtype.
import torch, torch.nn.functional as F
x = torch.randn(3, 4)
for t in (torch.zeros(3, 5), torch.zeros(2, 4), torch.zeros(3), torch.zeros(2), torch.zeros(2, dtype=torch.long), torch.zeros(3, dtype=torch.int32), torch.zeros(3, 1, dtype=torch.long), torch.zeros(3, 4, 1)):
    for f in (F.cross_entropy, lambda a, b: F.nll_loss(a.log_softmax(1), b)):
        try: print(f(x, t))
        except Exception as e: print(type(e).__name__, e)
