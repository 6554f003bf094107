# deepcopy of a non-leaf tensor fails; of a leaf it works.
import copy
import torch

leaf = torch.ones(2, requires_grad=True)
c = copy.deepcopy(leaf)
print(c.requires_grad, c.is_leaf, c is leaf)
nonleaf = leaf * 2
try:
    copy.deepcopy(nonleaf)
except RuntimeError as e:
    print("RuntimeError:", e)
print(copy.deepcopy(nonleaf.detach()).requires_grad)
