# Q: KLDivLoss reduction='mean' warning and log-prob inputs
import torch
import torch.nn as nn
import torch.nn.functional as F

p = torch.tensor([[0.5, 0.5], [0.9, 0.1]])
q = torch.tensor([[0.5, 0.5], [0.5, 0.5]])
print(F.kl_div(q.log(), p, reduction="batchmean").round(decimals=4))
print(nn.KLDivLoss()(q.log(), p).round(decimals=4))
print(F.kl_div(q.log(), p.log(), reduction="sum", log_target=True).round(decimals=4))
