# Lecture: hooking the AccumulateGrad node of a leaf, and post-accumulate hooks.
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
y = (w * w).sum()
acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(acc.name(), acc.variable is w)
acc.register_hook(lambda grad_inputs, grad_outputs: print("acc hook", grad_outputs))
w.register_post_accumulate_grad_hook(lambda p: print("accumulated", p.grad))
y.backward()
print(w.grad)
(w * 3).sum().backward()
print(w.grad)
