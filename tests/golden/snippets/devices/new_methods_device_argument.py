# The new_* methods honour device=: refused for an accelerator, a meta tensor for 'meta'.
import torch

x = torch.ones(2, requires_grad=True)
calls = [lambda: x.new_ones(2, device=0), lambda: x.new_zeros(2, device='cuda'), lambda: x.new_full((2,), 3.0, device='cpu'),
         lambda: x.new_tensor([1, 2], device='cuda:0'), lambda: x.new_empty(2, device='meta'),
         lambda: x.new_ones(3, device='meta'), lambda: x.new_tensor([1.5], device='meta'),
         lambda: x.new_zeros((2, 1), device=torch.device('cpu')), lambda: torch.ones(2, device='meta').new_ones(2),
         lambda: torch.ones(2, device='meta').new_ones(2, device='cpu'), lambda: x.new_full((1,), 2, device='meta').dtype]
for call in calls:
    try:
        print(call())
    except (RuntimeError, AssertionError) as e:
        print(type(e).__name__, e)
