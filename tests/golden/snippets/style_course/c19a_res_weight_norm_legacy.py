# the older torch.nn.utils.weight_norm adds weight_g and weight_v
import torch
import warnings
torch.manual_seed(14)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    lin = torch.nn.utils.weight_norm(torch.nn.Linear(3, 2), name="weight")
print(len(w), w[0].category.__name__ if w else None)
print(sorted(n for n, _ in lin.named_parameters()))
print(lin.weight_g.squeeze())
torch.nn.utils.remove_weight_norm(lin)
print(sorted(n for n, _ in lin.named_parameters()))
