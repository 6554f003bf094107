# ReduceLROnPlateau on an accuracy (mode='max'), with cooldown and min_lr
import torch

o = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
s = torch.optim.lr_scheduler.ReduceLROnPlateau(o, mode='max', factor=0.1, patience=0, cooldown=1,
                                               min_lr=0.005, threshold=0.01, threshold_mode='abs')
for acc in [0.5, 0.6, 0.605, 0.6, 0.61, 0.62, 0.7, 0.69, 0.69]:
    o.step()
    s.step(acc)
    print(acc, o.param_groups[0]['lr'], s.cooldown_counter, s.num_bad_epochs)
print(s.state_dict()['best'])
try:
    torch.optim.lr_scheduler.ReduceLROnPlateau(o, mode='maximize')
except ValueError as e:
    print(e)
