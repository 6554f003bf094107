# __name__ of functions reached through aliases and sub-namespaces.
import torch
import torch.nn.functional as F

for fn in (torch.clip, torch.clamp, torch.arccos, torch.absolute, torch.concat, torch.swapaxes, torch.moveaxis,
           torch.greater_equal, torch.negative, torch.row_stack, torch.ger, torch.inverse, torch.sin_, torch.range):
    print(fn.__name__, end=' ')
print()
for fn in (F.logsigmoid, F.threshold, F.cosine_similarity, F.relu, F.upsample, torch.relu, torch.sigmoid):
    print(fn.__name__, end=' ')
print()
for fn in (torch.special.expit, torch.special.psi, torch.special.gammaln, torch.special.ndtr, torch.special.entr,
           torch.special.erf, torch.linalg.vector_norm, torch.linalg.solve):
    print(fn.__name__, end=' ')
print()
print(torch.special.expit is torch.special.expit, torch.special.expit(torch.tensor([0.0, 2.0])))
print(torch.clip(torch.tensor([-2.0, 0.5, 3.0]), -1, 1), torch.arccos(torch.tensor([1.0])))
