import torch
import torch.nn as nn

# Exam B2-21. Parameter vs tensor attributes on a Module.
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2))
        self.t = torch.ones(2)
        self.register_buffer("b", torch.zeros(2))


m = M()
print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()])
print(m.w.requires_grad, m.t.requires_grad, m.b.requires_grad)
print(m.w)
print(type(m.w * 2).__name__, m.w.is_leaf)
print(sorted(m.state_dict()))
