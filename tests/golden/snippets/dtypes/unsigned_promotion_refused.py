# Class labels stored as numpy uint16 / uint32: mixing them with ordinary int64 tensors or using them
# as targets fails in PyTorch; .long() converts them.
import numpy as np
import torch
import torch.nn.functional as F

labels = torch.from_numpy(np.array([0, 2, 1], dtype=np.uint16))
print(labels, labels.dtype, labels == 2, labels != 1, (labels == 2).float().mean())
for expr in ("labels == torch.tensor([0, 2, 1])", "labels + torch.tensor([1, 1, 1])",
             "torch.cat([labels, torch.tensor([3])])", "torch.promote_types(torch.uint16, torch.int32)",
             "torch.promote_types(torch.uint32, torch.uint64)", "labels.float() + torch.tensor([1, 1, 1])"):
    try:
        print(expr, "->", eval(expr))
    except RuntimeError as e:
        print(expr, "->", e)

torch.manual_seed(0)
logits = torch.randn(3, 4, requires_grad=True)
for use in (lambda: F.cross_entropy(logits, labels), lambda: torch.nn.Embedding(4, 2)(labels),
            lambda: labels.unsqueeze(0).expand(3)):
    try:
        use()
    except RuntimeError as e:
        print(e)
loss = F.cross_entropy(logits, labels.long())
loss.backward()
print(loss, logits.grad)
print(torch.promote_types(torch.uint16, torch.float32), torch.result_type(labels, 2), torch.result_type(labels, 2.5))
print((labels * 3).dtype, (labels * 0.5).dtype, labels.to(torch.uint32) * 2)
