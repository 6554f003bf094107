import torch

# Q10. Give the resulting shape or say it is an error.
pairs = [((3, 1), (1, 4)), ((2, 3), (3,)), ((5, 1, 4), (3, 1)), ((2, 3), (2,)), ((1,), ())]
for s1, s2 in pairs:
    try:
        r = torch.zeros(s1) + torch.zeros(s2)
        print(s1, s2, "->", tuple(r.shape))
    except RuntimeError as e:
        print(s1, s2, "->", e)
print(torch.broadcast_shapes((4, 1, 2), (3, 1)))
