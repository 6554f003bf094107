# course: weights from each nn.init function on a seeded 3x4 tensor, printed.
import torch
import torch.nn as nn

w = torch.empty(3, 4)
for name, fn in [('uniform', lambda t: nn.init.uniform_(t, -0.1, 0.1)), ('normal', lambda t: nn.init.normal_(t, 0, 0.02)),
                 ('xavier_uniform', nn.init.xavier_uniform_), ('xavier_normal', nn.init.xavier_normal_),
                 ('kaiming_uniform', nn.init.kaiming_uniform_), ('kaiming_normal', nn.init.kaiming_normal_),
                 ('trunc_normal', lambda t: nn.init.trunc_normal_(t, std=0.5)), ('orthogonal', nn.init.orthogonal_)]:
    torch.manual_seed(0)
    fn(w)
    print(name)
    print(w)
torch.manual_seed(0)
lin = nn.Linear(4, 3)
print(lin.weight, lin.bias)
