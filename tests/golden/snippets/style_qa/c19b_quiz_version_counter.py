# Quiz 40: guess the _version after each line
import torch

buf = torch.ones(4)
steps = []
buf.mul_(3); steps.append(buf._version)
buf[2:] = 0; steps.append(buf._version)
view = buf.view(2, 2)
view.t_(); steps.append((buf._version, view._version))
out = buf * 2; steps.append(out._version)
buf.data.add_(1); steps.append(buf._version)
print(steps)
