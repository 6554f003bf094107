# Quiz B23: is it still a leaf after .to / .double / .clone?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
for name, t in [("to(float32)", w.to(torch.float32)), ("double()", w.double()),
                ("clone()", w.clone()), ("detach()", w.detach()), ("view", w.view(2, 1))]:
    fn = t.grad_fn.name() if t.grad_fn is not None else None
    print(f"{name:12s} is_leaf={t.is_leaf} same={t is w} grad_fn={fn}")
