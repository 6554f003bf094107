import torch

# Exam B2-9. After .to(), .double() or .float(), is the tensor still a leaf?
w = torch.randn(2, requires_grad=True)
for label, t in [("to(float64)", w.to(torch.float64)), ("double()", w.double()), ("float()", w.float()),
                 ("to(float32)", w.to(torch.float32)), ("type_as", w.type_as(torch.zeros(1, dtype=torch.float16)))]:
    print(f"{label:12s} leaf={t.is_leaf} same={t is w} fn={None if t.grad_fn is None else t.grad_fn.name()}")
