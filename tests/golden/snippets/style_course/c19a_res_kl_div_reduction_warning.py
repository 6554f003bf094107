# kl_div with reduction='mean' warns; log_target=True variant
import torch
import torch.nn.functional as F
s = torch.log_softmax(torch.tensor([[1.0, 2.0, 0.5]]), dim=1)
t = torch.softmax(torch.tensor([[0.5, 2.5, 0.0]]), dim=1)
print(F.kl_div(s, t, reduction="mean"))
print(F.kl_div(s, t, reduction="batchmean"))
print(F.kl_div(s, t.log(), reduction="sum", log_target=True))
print(torch.nn.KLDivLoss(reduction="batchmean", log_target=False)(s, t))
