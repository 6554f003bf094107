# KL divergence: its reductions (with the warning for 'mean'), log targets, nodes and gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 5, requires_grad=True)
inp = F.log_softmax(logits, dim=1)
tgt = F.softmax(torch.rand(3, 5), dim=1)
for reduction in ["batchmean", "sum", "mean"]:
    out = F.kl_div(inp, tgt, reduction=reduction)
    print(reduction, out, out.grad_fn.name(), out.grad_fn.next_functions[0][0].name())
print(F.kl_div(inp, tgt, reduction="none").shape)
out = nn.KLDivLoss(reduction="batchmean", log_target=True)(inp, tgt.log())
print(nn.KLDivLoss(reduction="batchmean", log_target=True), out)
out.backward()
print(logits.grad)
print(F.kl_div(torch.zeros(2), torch.tensor([0.0, 0.5]), reduction="sum"))
try:
    F.kl_div(inp, tgt, reduction="avg")
except ValueError as e:
    print(e)
