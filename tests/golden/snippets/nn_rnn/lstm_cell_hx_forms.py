# LSTMCell's hx: a tuple or a list of two tensors works; one tensor, one state or three states do not.
import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.LSTMCell(4, 6)
x = torch.randn(3, 4)
h, c = torch.zeros(3, 6), torch.zeros(3, 6)
print(cell(x, (h, c))[0].shape, cell(x, [h, c])[1].shape)
for hx in [h, (h,), (h, c, c), 5]:
    try:
        cell(x, hx)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
hy, cy = cell(x[0], torch.zeros(2, 6))
print(hy.shape, cy.shape)
