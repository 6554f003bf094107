import warnings
import torch
import torch.nn.functional as F

for pred_shape, tgt_shape in [((4, 1), (4,)), ((4,), (4, 1)), ((1,), (4,)), ((4, 2), (2,))]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        loss = F.mse_loss(torch.ones(pred_shape), torch.zeros(tgt_shape))
    print(pred_shape, tgt_shape, loss.item(), [str(m.message)[:95] for m in w])
try:
    F.mse_loss(torch.ones(4, 3), torch.ones(4, 2))
except Exception as e:
    print(type(e).__name__, e)
