# jacfwd pushes every basis vector at once under vmap's randomness rule: dropout draws one mask
# per basis vector ('different') or one for all ('same'), and 'error' refuses
import torch
import torch.nn.functional as F
from torch.func import jacfwd

x = torch.ones(4)
for randomness in ["error", "same", "different"]:
    torch.manual_seed(0)
    try:
        print(randomness, jacfwd(lambda t: F.dropout(t * 3, 0.5), randomness=randomness)(x))
    except RuntimeError as e:
        print(randomness, "RuntimeError:", e)
    print("next", torch.rand(2))
