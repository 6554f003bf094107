# Gradients flow back through pack / pad to the padded inputs
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

x = torch.arange(1.0, 7.0).view(2, 3, 1).requires_grad_()
packed = pack_padded_sequence(x, [3, 1], batch_first=True)
print(packed.data.grad_fn.name())
out, lens = pad_packed_sequence(packed, batch_first=True)
(out * torch.tensor([[[1.0], [2.0], [3.0]]])).sum().backward()
print(x.grad.squeeze(-1))
p64 = packed.to(torch.float64)
print(p64.data.dtype, type(p64).__name__)
print(packed.float().data.dtype, packed.is_pinned())
