# Q: optimizer errors: empty parameter list, a single tensor instead of a list, a non-leaf tensor, duplicates.
import torch
import torch.nn as nn

w = torch.randn(3, requires_grad=True)
for make in [lambda: torch.optim.SGD([], lr=0.1),
             lambda: torch.optim.SGD(w, lr=0.1),
             lambda: torch.optim.SGD([w * 2], lr=0.1),
             lambda: torch.optim.SGD([w, w], lr=0.1),
             lambda: torch.optim.Adam([w], lr=-1),
             lambda: torch.optim.SGD([w]),
             lambda: torch.optim.Adam([w], betas=(1.0, 0.999)),
             lambda: torch.optim.SGD([{'params': [w]}, {'params': [w]}], lr=0.1)]:
    try:
        opt = make()
        print('ok', type(opt).__name__, len(opt.param_groups))
    except (ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
model = nn.Linear(2, 1)
params = model.parameters()
opt = torch.optim.SGD(params, lr=0.1)
try:
    opt2 = torch.optim.SGD(params, lr=0.1)
except ValueError as e:
    print('ValueError', e)
print(len(opt.param_groups[0]['params']))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(opt.param_groups[0]['lr'], opt.defaults['momentum'], sorted(opt.param_groups[0].keys()))
