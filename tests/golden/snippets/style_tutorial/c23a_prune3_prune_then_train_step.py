# After pruning, an optimizer step moves weight_orig but the masked weight stays zero
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(62)
lin = nn.Linear(3, 2)
prune.l1_unstructured(lin, "weight", amount=3)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 2)
nn.functional.mse_loss(lin(x), y).backward()
opt.step()
print([n for n, _ in lin.named_parameters()])
print(lin.weight_orig.grad * (1 - lin.weight_mask))
print((lin(x) is not None), int((lin.weight == 0).sum()))
