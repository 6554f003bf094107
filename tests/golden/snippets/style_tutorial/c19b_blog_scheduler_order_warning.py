# Learning-rate schedulers explained: wrong call order
import warnings
import torch

opt = torch.optim.Adam(torch.nn.Linear(1, 1).parameters(), lr=0.01)
sched = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.25, total_iters=4)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    sched.step()
    opt.step()
    for m in w:
        print(m.category.__name__, str(m.message)[:60])
print(sched.get_last_lr())
